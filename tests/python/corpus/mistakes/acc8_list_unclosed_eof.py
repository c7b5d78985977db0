# A list literal never closed at the end of the file.
numbers = [5, 7, 3, 6
