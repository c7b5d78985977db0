while a x
