# escape=`
FROM windows
RUN dir c:\ `
    && echo `
    done
COPY a\b c:\dest\
ENV P=c:\path\ Q=`$HOME
