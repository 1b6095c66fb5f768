FROM alpine
ONBUILD RUN <<EOF
echo triggered
EOF
RUN 3<<EOF cat <&3
fd
EOF
RUN cat << EOF
spaced
EOF
COPY <<EOF <<EOF2
not a destination
EOF
EOF2
