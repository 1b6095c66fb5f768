FROM alpine AS first
COPY --from=second /a /b
FROM alpine AS second
COPY --from=second /a /b
