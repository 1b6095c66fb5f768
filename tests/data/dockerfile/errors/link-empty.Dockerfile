FROM alpine
COPY --link= a b
