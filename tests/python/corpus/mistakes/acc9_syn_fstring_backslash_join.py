# A newline escape inside an f-string's expression (allowed only from 3.12).
print("start")

lines = ["a", "b", "c"]
print(f"Lines:\n{'\n'.join(lines)}")
