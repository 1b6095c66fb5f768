FROM alpine
RUN 
COPY
FRO
   
RUN --mount=type=cache,target=/c echo
CMD ["unterminated
ENV
LABEL
