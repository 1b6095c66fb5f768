from alpine AS Build
  run echo hi
CMD ["a", "b"] extra
CMD ['single']
CMD ["no" "comma"]
ENTRYPOINT []
ENV A=1 B="two words" C\ D=3
ENV LEGACY value with  spaces
LABEL "a b"="c d"
ARG X Y=1 Z="q r"
EXPOSE 80/tcp   443
VOLUME ["/a", "/b"]
HEALTHCHECK --interval=5s CMD curl -f http://x/
HEALTHCHECK NONE
SHELL ["/bin/bash", "-c"]
COPY --from=build --chown="1:1" -- a b
ONBUILD ADD . /app
STOPSIGNAL SIGTERM
USER app
WORKDIR /w
MAINTAINER someone
ADD --checksum=sha256:abc --keep-git-dir https://x/y.git /src
RUN --mount=type=cache,target=/root/.cache --network=none ["pip", "install", "flask"]
