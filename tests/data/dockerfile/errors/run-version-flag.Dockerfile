FROM alpine
RUN --version
