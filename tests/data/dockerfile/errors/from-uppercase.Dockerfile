FROM Python:3.12
