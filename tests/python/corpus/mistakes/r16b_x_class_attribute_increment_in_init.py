# A class counter incremented inside __init__ without the class name
class A:
    count = 0
    def __init__(self):
        count += 1
A()
