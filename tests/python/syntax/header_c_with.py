with a x
