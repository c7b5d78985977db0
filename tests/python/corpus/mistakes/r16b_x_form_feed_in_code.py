# A form feed character left between two functions, then an error
def a():
    return 1

def b():
    return a() + "1"

print(b())
