# About this file
# escape=`
FROM alpine
RUN echo one \
  two
