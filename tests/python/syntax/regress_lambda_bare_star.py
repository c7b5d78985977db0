x = lambda *, : a
