match a x
