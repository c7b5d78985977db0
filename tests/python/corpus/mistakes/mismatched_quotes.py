print('hello")
