#include <cairo/cairo.h>
#include <stdio.h>
#include <string.h>
static int enc(unsigned cp, char *o){ if(cp<0x80){o[0]=cp;o[1]=0;return 1;} if(cp<0x800){o[0]=0xC0|(cp>>6);o[1]=0x80|(cp&63);o[2]=0;return 2;} o[0]=0xE0|(cp>>12);o[1]=0x80|((cp>>6)&63);o[2]=0x80|(cp&63);o[3]=0;return 3;}
int main(int argc,char**argv){
  cairo_surface_t *s=cairo_image_surface_create(CAIRO_FORMAT_ARGB32,10,10);
  cairo_t *cr=cairo_create(s);
  cairo_font_options_t *fo=cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo,CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo,CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr,fo);
  int bold = argc>1;
  cairo_select_font_face(cr,"DejaVu Sans",CAIRO_FONT_SLANT_NORMAL,bold?CAIRO_FONT_WEIGHT_BOLD:CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr,1000);
  char b[8]; cairo_text_extents_t e;
  for(unsigned cp=32; cp<0x180; cp++){ if(cp>=127&&cp<160){printf("0,");continue;} enc(cp,b); cairo_text_extents(cr,b,&e); printf("%d,",(int)(e.x_advance+0.999)); if((cp-31)%16==0) printf("\n");}
  printf("\nEXTRA\n");
  unsigned extra[]={0x2013,0x2014,0x2018,0x2019,0x201C,0x201D,0x2026,0x2022,0x20AC,0x00D7,0x2192,0x2190,0x2191,0x2193,0x2264,0x2265};
  for(int i=0;i<16;i++){enc(extra[i],b); cairo_text_extents(cr,b,&e); printf("0x%X: %d,\n",extra[i],(int)(e.x_advance+0.999));}
  cairo_text_extents(cr,"AV",&e); printf("AV %f\n",e.x_advance);
  cairo_text_extents(cr,"A",&e); printf("A %f\n",e.x_advance);
  cairo_font_extents_t fe; cairo_font_extents(cr,&fe); printf("asc %f desc %f h %f\n",fe.ascent,fe.descent,fe.height);
}
