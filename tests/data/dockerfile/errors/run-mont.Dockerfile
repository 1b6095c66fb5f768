FROM alpine
RUN --mont=type=cache echo
