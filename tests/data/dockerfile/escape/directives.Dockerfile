# syntax=docker/dockerfile:1
# ESCAPE = \
# check=skip=all

# escape=`
FROM alpine
