FROM alpine
LABEL description="café ☃ ♥"
RUN echo àöû nbsp
COPY --chown=é a b
