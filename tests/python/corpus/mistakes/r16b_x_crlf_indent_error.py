# A program with CRLF line endings and an unexpected indent
print("== crlf indent error ==")

x = 1
    y = 2
