# Repeating a keyword argument in a call.
def label(text, color="black"):
    return f"[{color}] {text}"

print(label("hi", color="red", color="blue"))
