FROM python:3.12 AS 1st
