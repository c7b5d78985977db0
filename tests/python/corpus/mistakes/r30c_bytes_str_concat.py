# Concatenating bytes and str.
# (kept short on purpose: the mistake is the point)
header = b"HTTP/1.1 "
status = "200 OK"
print(header + status)
