def f x:
