# A class statement without its colon.
class Factorial
    def __init__(self, n):
        self.n = n
