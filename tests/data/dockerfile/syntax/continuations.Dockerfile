FROM alpine
RUN echo a \
# comment inside

    b \   
c
RUN echo double \\
RUN echo end \