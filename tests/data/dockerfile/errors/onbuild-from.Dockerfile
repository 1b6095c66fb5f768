FROM alpine
ONBUILD FROM ubuntu
