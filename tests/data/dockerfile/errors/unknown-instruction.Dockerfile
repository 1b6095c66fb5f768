FROM alpine
FORM ubuntu
runn echo
XYZZY
