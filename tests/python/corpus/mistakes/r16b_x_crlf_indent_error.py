# A program with CRLF line endings and an unexpected indent
x = 1
    y = 2
