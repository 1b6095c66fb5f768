FROM alpine
RUN <<EOF
echo hello
# not a comment
EOF
RUN <<-EOT bash
	echo tabs removed
	EOT
COPY <<A <<"B" /dest/
body of A with B inside
B
A
$HOME stays literal
B
RUN python3 <<'PY' > out.txt
print("hi")
PY
RUN <<eo'f'
x
eof
RUN <<EMPTY
EMPTY
USER <<NOT
RUN echo after
CMD ["<<X"]
