'use client'; // error boundaries must be client components

export { default } from '../(public)/error';
