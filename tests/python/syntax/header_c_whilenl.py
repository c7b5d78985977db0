while a
