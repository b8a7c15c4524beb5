mod edgegrid_python;
mod sandbox;
