# A tutorial line indented as in the text
    FROM python:3-onbuild
    EXPOSE 5000
    CMD ["python", "./app.py"]
