FROM alpine
LABEL maintainer
