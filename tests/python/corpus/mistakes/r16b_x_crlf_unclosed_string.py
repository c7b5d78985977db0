# A program with CRLF line endings and an unclosed string
print("== crlf unclosed string ==")

print("hello)
print("bye")
