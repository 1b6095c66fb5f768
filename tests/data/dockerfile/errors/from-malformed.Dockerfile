FROM python:
