# Concatenating bytes and str.
header = b"HTTP/1.1 "
status = "200 OK"
print(header + status)
