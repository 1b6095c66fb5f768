FROM Ubuntu
RUN apt-get update && apt-get -y install python
RUN pip install flask flask-mysql
COPY . /opt/sour_code
ENTRYPOINT FLASK_APP=/opt/source_code/app.py flask run
