FROM alpine
RUN <<EOF
crlf body
EOF
