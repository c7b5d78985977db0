# Concatenating a bytes literal and a str literal implicitly.
header = b"HTTP/1.1 " "200 OK"
print(header)
print(len(header))
# (the learner's program ends here)
