# a function that returns from finally; where did my error go?
def save(data):
    try:
        if not data:
            raise ValueError("nothing to save")
        return "saved"
    finally:
        return "finished"

print(save("x"))
print(save(""))
def save2(data):
    try:
        raise ValueError("nothing")
    finally:
        print("cleanup", data.upper())
save2(None)
