FROM alpine
COPY --chmod=64a a b
