FROM alpine
COPY app.py
