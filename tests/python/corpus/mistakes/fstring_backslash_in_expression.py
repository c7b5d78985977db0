words = ["a", "b"]
print(f"{'\n'.join(words)}")
