# An iterator class keeping a generator over itself; abandoned halfway.
class Pages:
    def __init__(self, n):
        self.n = n
        self._gen = self._pages()

    def _pages(self):
        try:
            for i in range(self.n):
                yield f"page {i}"
        finally:
            print("pages generator closed")

    def next_page(self):
        return next(self._gen)

p = Pages(5)
print(p.next_page())
print(p.next_page())
p = None
print("dropped the reader")
