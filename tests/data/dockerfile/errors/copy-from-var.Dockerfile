FROM alpine
COPY --from=$STAGE /a /b
