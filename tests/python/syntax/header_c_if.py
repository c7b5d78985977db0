if a x
