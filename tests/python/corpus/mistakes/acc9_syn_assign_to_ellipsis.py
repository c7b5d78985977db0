# Assigning to ... as a placeholder.
print("start")

... = 5
print("never")
