# A method called on an int literal without parentheses.
print("start")

print(5.bit_length())
print("end")
